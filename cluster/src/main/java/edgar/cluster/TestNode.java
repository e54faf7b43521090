package edgar.cluster;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch node bound to 127.0.0.1 with the HTTP transport and the common analysis
 * plugins on the classpath (no distribution download, no install). Used only by the project's
 * cluster tests and bench. Prints {@code READY <http-port>} once the node answers, and stops the node
 * when standard input closes (so a test harness that dies never leaves a node behind).
 *
 * <p>Arguments (all {@code --key value}): name, home, http-port, transport-port, cluster-name, and for a
 * multi-node cluster seed-hosts (host:port,...) and managers (node names,...); without them the node
 * runs as a single-node cluster.
 */
public final class TestNode {
  private TestNode() {}

  /** Node's constructor that accepts classpath plugins is protected. */
  static final class PluginNode extends Node {
    PluginNode(Environment env, Collection<Class<? extends Plugin>> plugins) {
      super(env, plugins, true);
    }
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) throw new IllegalArgumentException("expected --key value: " + argv[i]);
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    String name = args.getOrDefault("name", "node-1");
    Path home = Path.of(args.getOrDefault("home", Files.createTempDirectory("edgar-os-").toString()));
    Files.createDirectories(home.resolve("config"));
    Settings.Builder settings =
        Settings.builder()
            .put("cluster.name", args.getOrDefault("cluster-name", "edgar-test"))
            .put("node.name", name)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", args.getOrDefault("http-port", "0"))
            .put("transport.port", args.getOrDefault("transport-port", "0"))
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // Tests run on small machines: never refuse writes for a nearly full disk.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false);
    String seeds = args.get("seed-hosts");
    if (seeds == null) {
      settings.put("discovery.type", "single-node");
    } else {
      settings.putList("discovery.seed_hosts", List.of(seeds.split(",")));
      settings.putList("cluster.initial_cluster_manager_nodes", List.of(args.getOrDefault("managers", name).split(",")));
    }
    List<Class<? extends Plugin>> plugins = new ArrayList<>();
    plugins.add(Netty4Plugin.class);
    plugins.add(CommonAnalysisPlugin.class);
    Environment env =
        InternalSettingsPreparer.prepareEnvironment(settings.build(), Collections.emptyMap(), home.resolve("config"), () -> name);
    Node node = new PluginNode(env, plugins);
    node.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(node)));
    int port = node.injector().getInstance(org.opensearch.http.HttpServerTransport.class).boundAddress().publishAddress().getPort();
    System.out.println("READY " + port);
    System.out.flush();
    // Run until the parent closes our standard input (or kills us).
    InputStream in = System.in;
    byte[] buf = new byte[256];
    while (in.read(buf) >= 0) {
      // ignore anything written
    }
    closeQuietly(node);
    System.exit(0);
  }

  private static void closeQuietly(Node node) {
    try {
      node.close();
    } catch (Exception e) {
      // stopping anyway
    }
  }
}
