package storage

import (
	"testing"
	"time"
)

// The caches of common searches and of names: a value is read once, kept,
// read again when the map has filled up and started again, and when it is
// older than the map's time to live.
func TestTTLMap(t *testing.T) {
	c := ttlMap[string, bool]{ttl: commonTTL, max: maxCommonCached}
	loads := 0
	get := func(k string, v bool) (bool, bool) {
		t.Helper()
		before := loads
		got, err := c.get(k, func() (bool, error) { loads++; return v, nil })
		if err != nil {
			t.Fatal(err)
		}
		return got, loads == before
	}
	if _, cached := get("a", true); cached {
		t.Fatal("an empty cache knows a search")
	}
	get("b", false)
	if common, cached := get("a", false); !cached || !common {
		t.Errorf("a: %v %v, want true true", common, cached)
	}
	if common, cached := get("b", true); !cached || common {
		t.Errorf("b: %v %v, want false true", common, cached)
	}
	for i := range maxCommonCached {
		get(string(rune('c'+i)), true)
	}
	if _, cached := get("a", true); cached {
		t.Error("a full cache did not start again")
	}
	last := string(rune('c' + maxCommonCached - 1))
	c.m[last] = ttlEntry[bool]{true, time.Now().Add(-commonTTL - time.Second)}
	if _, cached := get(last, true); cached {
		t.Error("an old entry still answers")
	}
}
