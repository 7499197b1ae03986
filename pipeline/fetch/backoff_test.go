package fetch

import (
	"math"
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	const base, ceiling = time.Minute, time.Hour
	tests := []struct {
		failures  int
		base, max time.Duration
		want      time.Duration
	}{
		{0, base, ceiling, 0},
		{-3, base, ceiling, 0},
		{1, base, ceiling, time.Minute},
		{2, base, ceiling, 2 * time.Minute},
		{3, base, ceiling, 4 * time.Minute},
		{6, base, ceiling, 32 * time.Minute},
		{7, base, ceiling, time.Hour},
		{1000, base, ceiling, time.Hour},
		{math.MaxInt, base, ceiling, time.Hour},
		{1, 2 * time.Hour, ceiling, time.Hour},
		{1, 0, ceiling, 0},
		{3, base, 0, 4 * time.Minute},
		{1000, base, 0, math.MaxInt64},
	}
	for _, tc := range tests {
		if got := Backoff(tc.failures, tc.base, tc.max); got != tc.want {
			t.Errorf("Backoff(%d, %v, %v) = %v, want %v", tc.failures, tc.base, tc.max, got, tc.want)
		}
	}
}
