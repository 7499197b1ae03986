package storage

import (
	"testing"
	"time"
)

func TestCommonCache(t *testing.T) {
	var c commonCache
	if _, ok := c.get("a"); ok {
		t.Fatal("an empty cache knows a search")
	}
	c.put("a", true)
	c.put("b", false)
	if common, ok := c.get("a"); !ok || !common {
		t.Errorf("a: %v %v, want true true", common, ok)
	}
	if common, ok := c.get("b"); !ok || common {
		t.Errorf("b: %v %v, want false true", common, ok)
	}
	for i := range maxCommonCached {
		c.put(string(rune('c'+i)), true)
	}
	if _, ok := c.get("a"); ok {
		t.Error("a full cache did not start again")
	}
	c.since = time.Now().Add(-commonTTL - time.Second)
	if _, ok := c.get(string(rune('c' + maxCommonCached - 1))); ok {
		t.Error("an old cache still answers")
	}
}
