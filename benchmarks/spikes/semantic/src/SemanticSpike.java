import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.data.segment.TextSegment;
import dev.mosaic.core.prompts.*;
import java.nio.file.*;
import java.util.*;
import org.apache.commons.csv.*;

public class SemanticSpike {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    System.out.printf("model load %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    PromptLibrary lib = PromptLibrary.bundled();
    List<PromptEntry> entries = lib.entries();
    t0 = System.nanoTime();
    float[][] vec = new float[entries.size()][];
    for (int i = 0; i < entries.size(); i++) vec[i] = model.embed(entries.get(i).prompt()).content().vector();
    System.out.printf("library %d entries embedded in %d ms%n", entries.size(), (System.nanoTime() - t0) / 1_000_000);
    List<String[]> rows = new ArrayList<>();
    try (var r = Files.newBufferedReader(Path.of(a[0]))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r))
        if (!rec.get("label").equals("OFF_TOPIC") && !rec.get("label").equals("VAGUE")) rows.add(new String[]{rec.get("message"), rec.get("label")});
    }
    int top1 = 0, vote = 0, lex = 0, hybrid = 0; long enc = 0; List<Long> times = new ArrayList<>();
    for (String[] row : rows) {
      long s = System.nanoTime();
      float[] q = model.embed(row[0]).content().vector();
      long dt = System.nanoTime() - s; times.add(dt);
      double[] sim = new double[entries.size()];
      for (int i = 0; i < entries.size(); i++) { double d = 0; for (int k = 0; k < q.length; k++) d += q[k] * vec[i][k]; sim[i] = d; }
      Integer[] idx = new Integer[entries.size()]; for (int i = 0; i < idx.length; i++) idx[i] = i;
      Arrays.sort(idx, (x, y) -> Double.compare(sim[y], sim[x]));
      if (entries.get(idx[0]).tag().equals(row[1])) top1++;
      Map<String, Double> votes = new HashMap<>();
      for (int k = 0; k < 10; k++) votes.merge(entries.get(idx[k]).tag(), sim[idx[k]], Double::sum);
      String best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      if (best.equals(row[1])) vote++;
      var m = lib.match(row[0], 10).ranked();
      if (!m.isEmpty() && m.get(0).entry().tag().equals(row[1])) lex++;
      // hybrid: category score = semantic vote (normalised) + lexical confidence share
      Map<String, Double> h = new HashMap<>();
      double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
      votes.forEach((t, v) -> h.merge(t, v / total, Double::sum));
      for (int k = 0; k < m.size(); k++) h.merge(m.get(k).entry().tag(), 0.5 * m.get(k).confidence() / (k + 1), Double::sum);
      String hb = h.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
      if (hb.equals(row[1])) hybrid++;
    }
    // Leave-one-out on the tuning half: each message voted on by the other labelled messages (few-shot exemplars),
    // alone and added to the library vote and the lexical confidences.
    float[][] mv = new float[rows.size()][];
    for (int i = 0; i < rows.size(); i++) mv[i] = model.embed(rows.get(i)[0]).content().vector();
    int loo = 0, looHybrid = 0;
    for (int i = 0; i < rows.size(); i++) {
      final int self = i;
      double[] sim = new double[rows.size()];
      for (int j = 0; j < rows.size(); j++) { double d = 0; for (int k = 0; k < 384; k++) d += mv[i][k] * mv[j][k]; sim[j] = j == self ? -2 : d; }
      Integer[] idx = new Integer[rows.size()]; for (int j = 0; j < idx.length; j++) idx[j] = j;
      Arrays.sort(idx, (x, y) -> Double.compare(sim[y], sim[x]));
      Map<String, Double> votes = new HashMap<>();
      for (int k = 0; k < 5; k++) votes.merge(rows.get(idx[k])[1], sim[idx[k]], Double::sum);
      if (votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey().equals(rows.get(i)[1])) loo++;
      double[] lsim = new double[entries.size()];
      for (int e = 0; e < entries.size(); e++) { double d = 0; for (int k = 0; k < 384; k++) d += mv[i][k] * vec[e][k]; lsim[e] = d; }
      Integer[] lidx = new Integer[entries.size()]; for (int e = 0; e < lidx.length; e++) lidx[e] = e;
      Arrays.sort(lidx, (x, y) -> Double.compare(lsim[y], lsim[x]));
      Map<String, Double> h = new HashMap<>();
      double vt = votes.values().stream().mapToDouble(Double::doubleValue).sum();
      votes.forEach((t, v) -> h.merge(t, v / vt, Double::sum));
      Map<String, Double> lv = new HashMap<>();
      for (int k = 0; k < 10; k++) lv.merge(entries.get(lidx[k]).tag(), lsim[lidx[k]], Double::sum);
      double lt = lv.values().stream().mapToDouble(Double::doubleValue).sum();
      lv.forEach((t, v) -> h.merge(t, v / lt, Double::sum));
      var m = lib.match(rows.get(i)[0], 10).ranked();
      for (int k = 0; k < m.size(); k++) h.merge(m.get(k).entry().tag(), 0.5 * m.get(k).confidence() / (k + 1), Double::sum);
      if (h.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey().equals(rows.get(i)[1])) looHybrid++;
    }
    System.out.printf("leave-one-out on these messages: 5 nearest labelled messages %.1f %%; with the library vote and lexical %.1f %%%n",
      100.0 * loo / rows.size(), 100.0 * looHybrid / rows.size());
    Collections.sort(times);
    System.out.printf("%d messages: semantic top-1 %.1f %%, semantic top-10 vote %.1f %%, lexical %.1f %%, hybrid %.1f %%; encode p50 %.2f ms p99 %.2f ms%n",
      rows.size(), 100.0 * top1 / rows.size(), 100.0 * vote / rows.size(), 100.0 * lex / rows.size(), 100.0 * hybrid / rows.size(),
      times.get(times.size() / 2) / 1e6, times.get(times.size() * 99 / 100) / 1e6);
  }
}
