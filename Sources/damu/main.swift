print("damu")
