package dev.mosaic.server;

/**
 * The largest request body each route takes: a JSON body ({@code MOSAIC_MAX_BODY_BYTES}), or the upload's multipart
 * body, the file ({@code MAX_UPLOAD_BYTES}) plus room for its part headers. The filters that bound, budget and read
 * bodies all ask here. Immutable.
 *
 * @param json the largest JSON body
 * @param uploadRequest the largest body of {@code POST /wimd/upload}
 */
record BodyLimits(long json, long uploadRequest) {
    private static final String UPLOAD_PATH = "/wimd/upload";

    /**
     * @param maxJsonBytes the largest JSON body
     * @param maxUploadBytes the largest uploaded file
     * @return the limits, with room for the upload's part headers
     */
    static BodyLimits of(long maxJsonBytes, long maxUploadBytes) {
        return new BodyLimits(maxJsonBytes, maxUploadBytes + Multipart.HEADER_ROOM);
    }

    /** @return whether the path is the upload route's */
    static boolean isUpload(String path) {
        return path.equals(UPLOAD_PATH);
    }

    /** @return the largest body the route at this path takes */
    long forPath(String path) {
        return isUpload(path) ? uploadRequest : json;
    }

    /** @return the largest body any route takes */
    long largest() {
        return Math.max(json, uploadRequest);
    }
}
