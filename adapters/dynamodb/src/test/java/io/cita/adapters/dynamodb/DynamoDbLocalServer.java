package io.cita.adapters.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;

/** Starts DynamoDB Local in this JVM: in memory, telemetry off, stopped when the JVM exits. Shared as a test-jar. */
public final class DynamoDbLocalServer {
    private DynamoDbLocalServer() {
    }

    /** Starts on a free port and returns it. */
    public static int start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            return start(port);
        } catch (IOException e) {
            throw new IllegalStateException("no free port for DynamoDB Local", e);
        }
    }

    public static int start(int port) {
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                    "-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // the JVM is exiting and the server keeps nothing on disk
                }
            }));
            return port;
        } catch (Exception e) {
            throw new IllegalStateException("could not start DynamoDB Local on port " + port, e);
        }
    }
}
