import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.mosaic.core.prompts.*;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.*;

/** Word vectors distilled from MiniLM (each library word embedded alone), a message = IDF-weighted mean of its words. */
public class StaticSpike {
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+")) if (w.length() > 1) out.add(w);
    return out;
  }
  public static void main(String[] a) throws Exception {
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    PromptLibrary lib = PromptLibrary.bundled();
    List<PromptEntry> entries = lib.entries();
    Map<String, Integer> df = new HashMap<>();
    for (PromptEntry e : entries) for (String w : new HashSet<>(words(e.prompt() + " " + e.completion()))) df.merge(w, 1, Integer::sum);
    long t0 = System.nanoTime();
    Map<String, float[]> table = new HashMap<>();
    for (String w : df.keySet()) table.put(w, model.embed(w).content().vector());
    System.out.printf("%d words distilled in %d ms%n", table.size(), (System.nanoTime() - t0) / 1_000_000);
    int n = entries.size();
    float[][] ev = new float[n][];
    for (int i = 0; i < n; i++) ev[i] = vector(words(entries.get(i).prompt()), table, df, n);
    List<String[]> rows = new ArrayList<>();
    try (var r = Files.newBufferedReader(Path.of(a[0]))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r))
        if (!rec.get("label").equals("OFF_TOPIC") && !rec.get("label").equals("VAGUE")) rows.add(new String[]{rec.get("message"), rec.get("label")});
    }
    int vote = 0, hybrid = 0; List<Long> times = new ArrayList<>();
    for (String[] row : rows) {
      long s = System.nanoTime();
      float[] q = vector(words(row[0]), table, df, n);
      double[] sim = new double[n];
      for (int i = 0; i < n; i++) { double d = 0; for (int k = 0; k < q.length; k++) d += q[k] * ev[i][k]; sim[i] = d; }
      times.add(System.nanoTime() - s);
      Integer[] idx = new Integer[n]; for (int i = 0; i < n; i++) idx[i] = i;
      Arrays.sort(idx, (x, y) -> Double.compare(sim[y], sim[x]));
      Map<String, Double> votes = new HashMap<>();
      for (int k = 0; k < 10; k++) votes.merge(entries.get(idx[k]).tag(), Math.max(0, sim[idx[k]]), Double::sum);
      if (votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey().equals(row[1])) vote++;
      var m = lib.match(row[0], 10).ranked();
      Map<String, Double> h = new HashMap<>();
      double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
      if (total > 0) votes.forEach((t, v) -> h.merge(t, v / total, Double::sum));
      for (int k = 0; k < m.size(); k++) h.merge(m.get(k).entry().tag(), 0.5 * m.get(k).confidence() / (k + 1), Double::sum);
      if (!h.isEmpty() && h.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey().equals(row[1])) hybrid++;
    }
    Collections.sort(times);
    System.out.printf("%d messages: static vote %.1f %%, hybrid %.1f %%; message vector + 630 similarities p50 %.1f us%n",
      rows.size(), 100.0 * vote / rows.size(), 100.0 * hybrid / rows.size(), times.get(times.size() / 2) / 1e3);
  }
  static float[] vector(List<String> ws, Map<String, float[]> table, Map<String, Integer> df, int n) {
    float[] v = new float[384]; double weight = 0;
    for (String w : ws) { float[] t = table.get(w); if (t == null) continue; double idf = Math.log(1.0 + n / (double) df.get(w)); for (int k = 0; k < 384; k++) v[k] += (float) (idf * t[k]); weight += idf; }
    double norm = 0; for (float x : v) norm += x * x; norm = Math.sqrt(norm); if (norm > 0) for (int k = 0; k < 384; k++) v[k] /= norm;
    return v;
  }
}
