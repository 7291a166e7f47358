# The tokenizer's own errors count characters on every version; print_error_text (3.8-3.12) draws them by bytes.
pairs = ("ü", "e\u0301", "日本"]
