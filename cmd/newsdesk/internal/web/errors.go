package web

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/newsdesk/newsdesk/storage"
)

// statusError is an error with the HTTP status it is answered with; its
// text is for the client.
type statusError struct {
	status int
	msg    string
}

func (e *statusError) Error() string { return e.msg }

// errStatus makes an error answered with status.
func errStatus(status int, format string, a ...any) error {
	return &statusError{status: status, msg: fmt.Sprintf(format, a...)}
}

// badRequest makes a 400 error.
func badRequest(format string, a ...any) error { return errStatus(http.StatusBadRequest, format, a...) }

// errInternal answers what went wrong on our side, without details.
var errInternal = errStatus(http.StatusInternalServerError, "internal error; the server log has the details")

// classify maps an error to its status and the message the client gets.
// Storage's errors about the request are the client's (400, 404); any
// other is ours (500), and its text stays in the log.
func classify(err error) (int, string) {
	var se *statusError
	switch {
	case errors.As(err, &se):
		return se.status, se.msg
	case errors.Is(err, storage.ErrNotFound):
		return http.StatusNotFound, trimPrefix(err)
	case errors.Is(err, storage.ErrCursor), errors.Is(err, storage.ErrSearch), errors.Is(err, storage.ErrFilter):
		return http.StatusBadRequest, trimPrefix(err)
	}
	return http.StatusInternalServerError, errInternal.Error()
}

// trimPrefix drops the package prefix from a storage error's text.
func trimPrefix(err error) string {
	msg := err.Error()
	const p = "storage: "
	if len(msg) > len(p) && msg[:len(p)] == p {
		return msg[len(p):]
	}
	return msg
}
