/**
 * Mosaic's offline semantic matching: {@link dev.mosaic.semantic.MiniLm}, an {@link dev.mosaic.core.spi.Embedder}
 * running the quantized all-MiniLM-L6-v2 sentence model on ONNX Runtime.
 */
@org.jspecify.annotations.NullMarked
module dev.mosaic.semantic {
    requires static org.jspecify;
    requires transitive dev.mosaic.core;
    requires com.microsoft.onnxruntime;

    exports dev.mosaic.semantic;
}
