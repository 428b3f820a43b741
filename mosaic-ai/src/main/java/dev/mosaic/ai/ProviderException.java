package dev.mosaic.ai;

import dev.mosaic.core.MosaicException;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider call failed; {@link #kind()} says how, which decides whether it is retried, failed over, or reported.
 * The message never contains a key, nor more of the provider's body than its error type.
 */
public final class ProviderException extends MosaicException {
    /** How a call failed. */
    public enum Kind {
        /** 429 with room to retry; honour the retry-after. */
        RATE_LIMITED(true, MosaicException.Code.PROVIDER_RATE_LIMITED),
        /** 429 because quota or spend is exhausted: retrying cannot help. */
        QUOTA_EXHAUSTED(false, MosaicException.Code.PROVIDER_QUOTA_EXHAUSTED),
        /** The provider is overloaded (Anthropic 529, 503). */
        OVERLOADED(true, MosaicException.Code.PROVIDER_OVERLOADED),
        /** No answer within the time allowed. */
        TIMEOUT(true, MosaicException.Code.PROVIDER_TIMEOUT),
        /** 5xx, connection reset, empty or unreadable reply. */
        TRANSIENT(true, MosaicException.Code.PROVIDER_TRANSIENT),
        /** 401 or 403: a key or permission problem; reported once, never retried. */
        AUTH(false, MosaicException.Code.PROVIDER_AUTH),
        /** The request was refused as malformed (400, 404 model not found). */
        BAD_REQUEST(false, MosaicException.Code.PROVIDER_BAD_REQUEST),
        /** The conversation is too long for the model. */
        CONTEXT_TOO_LONG(false, MosaicException.Code.PROVIDER_CONTEXT_TOO_LONG),
        /** Mosaic's own per-session or per-day budget is spent; no call was made. */
        BUDGET_EXHAUSTED(false, MosaicException.Code.PROVIDER_BUDGET_EXHAUSTED),
        /** The provider failed repeatedly and is skipped for a while; no call was made. */
        CIRCUIT_OPEN(false, MosaicException.Code.PROVIDER_CIRCUIT_OPEN),
        /** The reply arrived but did not parse or validate. */
        INVALID_OUTPUT(false, MosaicException.Code.PROVIDER_INVALID_OUTPUT);

        private final boolean retryable;

        private final MosaicException.Code code;

        Kind(boolean retryable, MosaicException.Code code) {
            this.retryable = retryable;
            this.code = code;
        }

        /** {@return the error code of this kind of failure: {@code PROVIDER_} and its name} */
        public MosaicException.Code code() {
            return code;
        }

        /** {@return whether another attempt at the same provider may succeed} */
        public boolean retryable() {
            return retryable;
        }
    }

    /** Which provider failed (part of the serialized form). */
    private final String provider;
    /** What kind of failure it was (part of the serialized form). */
    private final Kind kind;
    /** The HTTP status, or 0 when there was none (part of the serialized form). */
    private final int status;
    private final transient Optional<Duration> retryAfter;

    ProviderException(String provider, Kind kind, int status, Optional<Duration> retryAfter, String message,
                      Throwable cause) {
        super(kind.code(), provider + ": " + message, cause);
        this.provider = provider;
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    static ProviderException of(String provider, Kind kind, String message) {
        return new ProviderException(provider, kind, 0, Optional.empty(), message, null);
    }

    /** {@return the provider, e.g. {@code openai}} */
    public String provider() {
        return provider;
    }

    /** {@return how the call failed} */
    public Kind kind() {
        return kind;
    }

    /** {@return the HTTP status, or 0 when there was no response} */
    public int status() {
        return status;
    }

    /** {@return how long the provider asked us to wait, if it said} */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** {@return whether another attempt at the same provider may succeed} */
    public boolean retryable() {
        return kind.retryable();
    }
}
