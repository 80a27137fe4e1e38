import Foundation

/// Runs a program in a child process and waits for it: `serve`'s report builds and the
/// benchmark's peak-memory runs.
///
/// posix_spawn and a polled wait4 rather than Foundation's Process, which on Linux keeps each
/// Process object (and the task waiting on it) alive: 4 KB more memory per run of a long `serve`.
/// wait4 also gives the child's peak memory.
public enum ChildProcess {
    /// Where the child's standard output or error goes.
    public enum Output: Sendable {
        case discarded
        /// A file, created (0600) or truncated. Not a pipe: a child that writes more than a pipe
        /// holds would block on it.
        case file(String)
    }

    /// How the child ended.
    public struct Termination: Sendable {
        /// The exit status, or 128 + the signal that ended it, as a shell reports it.
        public var status: Int32
        /// The child's peak resident memory.
        public var peakResidentBytes: Int
    }

    /// Starts `executable` with `arguments` in the current folder, its standard input empty, and
    /// waits for it. Cancelling the task kills the child (SIGKILL, even mid-way) and reaps it.
    /// `environment` nil: this process's.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                           standardOutput: Output = .discarded, standardError: Output = .discarded) async throws -> Termination {
        let pid = try spawn(executable, arguments, environment: environment, standardOutput: standardOutput, standardError: standardError)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            do { try await Task.sleep(for: .milliseconds(10)) } catch {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                throw error
            }
        }
        return Termination(status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                           peakResidentBytes: usage.ru_maxrss * 1024)
    }

    /// What a child used, measured exactly: the benchmark's whole-process figures.
    public struct Usage: Sendable {
        public var status: Int32
        /// From just before the spawn to the moment `wait4` returned.
        public var wallSeconds: Double
        /// User plus system time of the child, from `wait4`.
        public var cpuSeconds: Double
        public var peakResidentBytes: Int
    }

    /// Runs `executable` like `run`, but blocks in `wait4` instead of polling, so the wall time
    /// ends when the child does (a polled wait adds up to 10 ms). Not cancellable.
    public static func measure(_ executable: URL, _ arguments: [String], standardOutput: Output = .discarded,
                               standardError: Output = .discarded) throws(WorkspaceError) -> Usage {
        let clock = ContinuousClock()
        let start = clock.now
        let pid = try spawn(executable, arguments, environment: nil, standardOutput: standardOutput, standardError: standardError)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let wall = clock.now - start
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Usage(status: (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f),
                     wallSeconds: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
                     cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakResidentBytes: usage.ru_maxrss * 1024)
    }

    private static func spawn(_ executable: URL, _ arguments: [String], environment: [String: String]?,
                              standardOutput: Output, standardError: Output) throws(WorkspaceError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        for (descriptor, output) in [(Int32(1), standardOutput), (2, standardError)] {
            switch output {
            case .discarded: posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            case .file(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            }
        }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer { envp?.forEach { free($0) } }
        var pid: pid_t = 0
        let error = envp.map { posix_spawn(&pid, executable.path, &actions, nil, argv, $0) }
            ?? posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
        guard error == 0 else { throw WorkspaceError.programFailed("cannot run \(executable.path): \(String(cString: strerror(error)))") }
        return pid
    }
}
