package pipeline

import (
	"errors"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

func TestGuardedTurnsAPanicIntoAnError(t *testing.T) {
	res, err := guarded(func(string) *extract.Result { panic("index out of range [-1]") }, "body")
	if res != nil || !errors.Is(err, ErrExtractFailed) {
		t.Fatalf("got %v, %v; want nil and ErrExtractFailed", res, err)
	}
	want := &extract.Result{}
	res, err = guarded(func(string) *extract.Result { return want }, "body")
	if res != want || err != nil {
		t.Fatalf("got %v, %v; want the result and no error", res, err)
	}
}
