// Neo4jLaunchError: the one error the embedded-Neo4j launcher throws. `name` and `code` are stable;
// `logFile` (when known) is the file to read next. Example:
//   catch (e) { if (e instanceof Neo4jLaunchError && e.code === 'TIMEOUT') console.error(e.logFile) }

export type Neo4jLaunchErrorCode =
  /** java, javac or mvn is missing or unusable. */
  | 'TOOLCHAIN'
  /** `mvn dependency:build-classpath` failed (offline, proxy, bad pom). */
  | 'MAVEN_FAILED'
  /** javac failed on scripts/neo4j/src/main/java/newsgraph/Neo4jLauncher.java. */
  | 'COMPILE_FAILED'
  /** The JVM exited or Bolt did not answer before the ready line / RETURN 1. */
  | 'START_FAILED'
  /** Start-up took longer than the timeout; the process was stopped. */
  | 'TIMEOUT'
  /** A launcher already runs on this data directory. */
  | 'ALREADY_RUNNING'
  /** Another launcher holds the build lock for too long. */
  | 'LOCKED';

export class Neo4jLaunchError extends Error {
  override readonly name = 'Neo4jLaunchError';
  readonly code: Neo4jLaunchErrorCode;
  readonly logFile: string | undefined;

  constructor(code: Neo4jLaunchErrorCode, message: string, options: { logFile?: string; cause?: unknown } = {}) {
    super(options.logFile ? `${message} (log: ${options.logFile})` : message, { cause: options.cause });
    this.code = code;
    this.logFile = options.logFile;
  }
}
