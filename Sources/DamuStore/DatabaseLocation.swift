import DamuCore
import Foundation

/// Where the teacher's database lives: `--db PATH`, else `DAMU_DB`, else
/// `$XDG_DATA_HOME/damu/damu.sqlite` (`~/.local/share/damu/damu.sqlite`).
public enum DatabaseLocation {
    public static func resolve(explicit: String?) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let path = Environment.value("DAMU_DB"), !path.isEmpty { return URL(fileURLWithPath: path) }
        let dataHome: URL
        if let xdg = Environment.value("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            dataHome = FileManager.default.homeDirectoryForCurrentUser
                .appendingPathComponent(".local/share", isDirectory: true)
        }
        return dataHome.appendingPathComponent("damu/damu.sqlite")
    }
}
