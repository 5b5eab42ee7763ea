import EnactFormats
import Foundation

extension InputLimits {
    /// Stops the process with an error and status 2 once it has run `maximumSeconds`. Outputs are written to a
    /// temporary file and renamed into place, so stopping leaves no partial output.
    func startWatchdog() {
        let seconds = maximumSeconds
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) {
            Terminal.standardError.write(
                "enact: error: stopped after \(seconds) s, the time limit (set ENACT_MAX_SECONDS to raise it)\n")
            exit(ExitStatus.trouble.rawValue)
        }
    }
}
