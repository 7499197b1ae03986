package fetch

// DecodeText converts a document that did not come over HTTP (a file,
// stdin) to UTF-8 as Get converts a body sent without a charset: by its
// byte order mark, its XML declaration or HTML <meta> charset, else as
// UTF-8 when it is valid, else as windows-1252. It returns the WHATWG name
// of the encoding it was read as.
func DecodeText(b []byte) ([]byte, string) {
	return toUTF8(b, "")
}
