/** An offline embedder for Mosaic's semantic matching ({@link dev.mosaic.semantic.MiniLm}). */
@org.jspecify.annotations.NullMarked
package dev.mosaic.semantic;
