//go:build !unix

package storage_test

// cpuSeconds is 0 where getrusage is missing: the benchmarks' CPU figures are
// then 0, their timings still right.
func cpuSeconds() float64 { return 0 }
