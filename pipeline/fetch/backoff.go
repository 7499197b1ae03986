package fetch

import (
	"math"
	"time"
)

// Backoff returns how long to wait before retrying something that has
// failed the given number of times in a row: base after the first failure,
// doubling with each further failure, never more than max. It returns 0
// when failures <= 0 or base <= 0, and does not cap when max <= 0 (though
// it never overflows).
//
// It is deterministic; a scheduler that starts many retries at once should
// add its own jitter. A server's StatusError.RetryAfter, when longer,
// should win over Backoff.
func Backoff(failures int, base, max time.Duration) time.Duration {
	if failures <= 0 || base <= 0 {
		return 0
	}
	limit := max
	if limit <= 0 {
		limit = math.MaxInt64
	}
	d := base
	for i := 1; i < failures; i++ {
		if d > limit/2 {
			return limit
		}
		d *= 2
	}
	return min(d, limit)
}
