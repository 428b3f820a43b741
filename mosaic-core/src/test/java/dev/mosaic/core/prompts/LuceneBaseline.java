package dev.mosaic.core.prompts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline Mosaic's matcher is measured against: Lucene's BM25 (its default similarity) over the same text per
 * entry (prompt, keywords and tag), analysed with Lucene's English analyzer (stop words, Porter stemming), in memory.
 * Thread-safe for searching.
 */
public final class LuceneBaseline implements AutoCloseable {
    private static final String TEXT = "text";
    private static final int MAX_CLAUSES = 256;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<PromptEntry> entries;

    public LuceneBaseline(List<PromptEntry> entries) {
        this.entries = List.copyOf(entries);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < entries.size(); i++) {
                PromptEntry entry = entries.get(i);
                Document doc = new Document();
                doc.add(new StoredField("ord", i));
                doc.add(new TextField(TEXT, entry.prompt() + " " + String.join(" ", entry.keywords()) + " "
                        + entry.tag(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the best entries for the message, best first (empty when no term matches) */
    public List<PromptEntry> search(String message, int limit) {
        try {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            int clauses = 0;
            try (TokenStream tokens = analyzer.tokenStream(TEXT, message)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken() && clauses < MAX_CLAUSES) {
                    query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
                tokens.end();
            }
            if (clauses == 0) {
                return List.of();
            }
            List<PromptEntry> out = new ArrayList<>(limit);
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                out.add(entries.get(searcher.storedFields().document(hit.doc).getField("ord").numericValue()
                        .intValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
