import DamuCore
