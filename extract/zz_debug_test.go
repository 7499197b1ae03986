package extract

import (
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	ex := newTestExtractor(t)
	a := ex.analyse(text)
	a.quotes()
	for i := range a.d.toks {
		if d, ok := a.numberDeath(i); ok {
			t.Logf("num at %d %q: %+v", i, a.d.toks[i].text, d)
		}
		if d, l, ok := a.listDeath(i); ok {
			t.Logf("at %d %q: %+v list %+v", i, a.d.toks[i].text, d, l)
		}
	}
}
