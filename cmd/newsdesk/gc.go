package main

import (
	"os"
	"runtime/debug"
)

// Collector settings of a batch command. The gazetteers are a few MB of
// live heap that every collection marks again, and an article makes
// garbage of ten times its size: at the default GOGC=100 a run over a few
// hundred articles collects every few articles and spends a tenth of its
// CPU doing so. lessCollection lets the heap grow 4x (GOGC=400) between
// collections under a soft limit of batchHeapLimit, so that a long page
// (whose live analysis is some 15 times its size) still collects before
// the limit; a body larger than largeBody, whose live heap could pass the
// limit and make the collector run without pause, goes back to the
// default settings.
const (
	batchGCPercent = 400
	batchHeapLimit = 256 << 20
	largeBody      = 12 << 20
)

// gcSettings is the collector's configuration, to be set and restored.
type gcSettings struct {
	percent int
	limit   int64
}

func (s gcSettings) apply() gcSettings {
	return gcSettings{percent: debug.SetGCPercent(s.percent), limit: debug.SetMemoryLimit(s.limit)}
}

// batchCollector switches to batch settings unless the user chose the
// collector's settings (GOGC or GOMEMLIMIT in the environment). forBody
// sets them for the next body, by its size in bytes; restore puts back
// what was there before.
type batchCollector struct {
	on    bool
	saved gcSettings
}

func newBatchCollector() *batchCollector {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return &batchCollector{}
	}
	saved := gcSettings{percent: batchGCPercent, limit: batchHeapLimit}.apply()
	return &batchCollector{on: true, saved: saved}
}

func (c *batchCollector) forBody(n int) {
	if !c.on {
		return
	}
	if n > largeBody {
		c.saved.apply()
		return
	}
	gcSettings{percent: batchGCPercent, limit: batchHeapLimit}.apply()
}

func (c *batchCollector) restore() {
	if c.on {
		c.saved.apply()
	}
}
