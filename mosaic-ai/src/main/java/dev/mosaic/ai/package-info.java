/**
 * AI providers for Mosaic's {@link dev.mosaic.core.spi.ChatModel} SPI: OpenAI and Anthropic over HTTP, with retries,
 * a deadline per call, failover from one provider to the next and a cost budget per session and per day.
 */
package dev.mosaic.ai;
