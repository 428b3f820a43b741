package dev.mosaic.server;

import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar mosaic-server.jar [serve]}: starts the server from environment variables. On a configuration or
 * start-up problem it prints one line, {@code mosaic: cannot start: ...}, and exits with status 2.
 * {@code java -jar mosaic-server.jar check-prompts FILE}: validates a prompt library (see {@link LibraryCheck}).
 * {@code java -jar mosaic-server.jar verify URL [COMMIT]}: checks a running deployment (see {@link DeploymentCheck}).
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args {@code serve} (the default)
     */
    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        if (command.equals("verify")) {
            System.exit(DeploymentCheck.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (command.equals("check-prompts")) {
            System.exit(LibraryCheck.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (!command.equals("serve")) {
            System.err.println("mosaic: unknown command '" + command
                    + "'; usage: java -jar mosaic-server.jar [serve | check-prompts FILE | verify URL [COMMIT]]");
            System.exit(64);
        }
        Map<String, String> env = System.getenv();
        try {
            ServerConfig config = ServerConfig.fromEnvironment(env);
            for (String unknown : ServerConfig.unknownMosaicVariables(env)) {
                System.err.println("mosaic: warning: " + unknown + " is not a Mosaic setting; check its spelling");
            }
            MosaicServer.start(config, Clock.systemUTC());
        } catch (StartupException e) {
            System.err.println("mosaic: cannot start: " + e.getMessage());
            System.exit(2);
        }
    }
}
