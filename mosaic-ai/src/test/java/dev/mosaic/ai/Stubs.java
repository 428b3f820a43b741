package dev.mosaic.ai;

/** The providers' real reply shapes, trimmed to what a client reads. */
final class Stubs {
    static final String FAKE_OPENAI_KEY = "sk-test-FAKEKEY-0123456789abcdef";
    static final String FAKE_ANTHROPIC_KEY = "sk-ant-test-FAKEKEY-fedcba9876543210";

    static final String OPENAI_OK = """
            {"id":"chatcmpl-9x","object":"chat.completion","created":1764000000,"model":"gpt-4o-mini-2024-07-18",
             "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null},
                         "logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":120,"completion_tokens":40,"total_tokens":160},
             "system_fingerprint":"fp_0"}""";
    static final String OPENAI_RATE_LIMITED = """
            {"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-x on requests per min (RPM): \
            Limit 3, Used 3, Requested 1.","type":"requests","param":null,"code":"rate_limit_exceeded"}}""";
    static final String OPENAI_QUOTA = """
            {"error":{"message":"You exceeded your current quota, please check your plan and billing details.",\
            "type":"insufficient_quota","param":null,"code":"insufficient_quota"}}""";
    static final String OPENAI_BAD_KEY = """
            {"error":{"message":"Incorrect API key provided: sk-test-********cdef.","type":"invalid_request_error",\
            "param":null,"code":"invalid_api_key"}}""";
    static final String OPENAI_SERVER_ERROR = """
            {"error":{"message":"The server had an error while processing your request.","type":"server_error",\
            "param":null,"code":null}}""";
    static final String OPENAI_CONTEXT = """
            {"error":{"message":"This model's maximum context length is 128000 tokens.","type":"invalid_request_error",\
            "param":"messages","code":"context_length_exceeded"}}""";
    static final String ANTHROPIC_OK = """
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
             "content":[{"type":"text","text":"%s"}],"stop_reason":"end_turn","stop_sequence":null,
             "usage":{"input_tokens":110,"output_tokens":30}}""";
    static final String ANTHROPIC_OVERLOADED = """
            {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""";
    static final String ANTHROPIC_BAD_KEY = """
            {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}""";

    private Stubs() {
    }

    static String openAiOk(String content) {
        return OPENAI_OK.formatted(content);
    }

    static String anthropicOk(String content) {
        return ANTHROPIC_OK.formatted(content);
    }
}
