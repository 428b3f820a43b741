package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
    /** A tiny vocabulary in the tokenizer.json shape, with the tokens that trip a naive parser ("}" and ","). */
    private static final String JSON = """
            {"version":"1.0","model":{"type":"WordPiece","unk_token":"[UNK]","vocab":{"[PAD]":0,"}":1,",":2,
            "\\\\":3,"[UNK]":100,"[CLS]":101,"[SEP]":102,"play":200,"##ing":201,"##s":202,"cafe":203,"!":204,
            "resume":205,"a":206}}}
            """;
    private static final WordPieceTokenizer TOKENIZER = WordPieceTokenizer.fromJson(JSON);

    @Test
    void readsTheWholeVocabularyPastTokensThatLookLikeSyntax() {
        assertThat(TOKENIZER.size()).isEqualTo(14);
    }

    @Test
    void piecesWordsLowerCasesStripsAccentsAndSplitsPunctuation() {
        assertThat(TOKENIZER.encode("Playing plays, CAFÉ résumé!}", 128))
                .containsExactly(101, 200, 201, 200, 202, 2, 203, 205, 204, 1, 102);
    }

    @Test
    void aWordThatCannotBePiecedIsOneUnknownToken() {
        assertThat(TOKENIZER.encode("play xyzzy a", 128)).containsExactly(101, 200, 100, 206, 102);
    }

    @Test
    void cutsAtTheLimitKeepingTheClosingSeparator() {
        assertThat(TOKENIZER.encode("a a a a a a", 4)).containsExactly(101, 206, 206, 102);
        assertThat(TOKENIZER.encode("", 128)).containsExactly(101, 102);
    }

    @Test
    void refusesAVocabularyThatIsNotBerts() {
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson("{\"model\":{\"vocab\":{\"a\":1}}}"))
                .hasMessageContaining("not BERT's");
        assertThatThrownBy(() -> WordPieceTokenizer.fromJson("{}")).hasMessageContaining("model.vocab");
    }
}
