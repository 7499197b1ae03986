//go:build !unix

package web

import "time"

// cpuTime is 0 where getrusage is missing: the benchmarks' CPU figures are
// then 0, their timings still right.
func cpuTime() time.Duration { return 0 }
