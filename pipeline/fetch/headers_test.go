package fetch

import (
	"math"
	"net/http"
	"testing"
	"time"
)

func TestMaxAge(t *testing.T) {
	tests := []struct {
		cacheControl, age string
		want              time.Duration
	}{
		{"", "", 0},
		{"max-age=600", "", 10 * time.Minute},
		{"public, max-age=600, must-revalidate", "", 10 * time.Minute},
		{`MAX-AGE="60"`, "", time.Minute},
		{"max-age=600", "100", 500 * time.Second},
		{"max-age=600", "900", 0},
		{"max-age=600, no-cache", "", 0},
		{"no-store, max-age=600", "", 0},
		{"s-maxage=600", "", 0},
		{"max-age=-1", "", 0},
		{"max-age=soon", "", 0},
		{"max-age=99999999999999999999", "", math.MaxInt64},
	}
	for _, tc := range tests {
		h := http.Header{}
		if tc.cacheControl != "" {
			h.Set("Cache-Control", tc.cacheControl)
		}
		if tc.age != "" {
			h.Set("Age", tc.age)
		}
		if got := maxAge(h); got != tc.want {
			t.Errorf("Cache-Control %q, Age %q: got %v, want %v", tc.cacheControl, tc.age, got, tc.want)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	at := func(d time.Duration) string { return now.Add(d).Format(http.TimeFormat) }
	tests := []struct {
		retryAfter, date string
		want             time.Duration
	}{
		{"", "", 0},
		{"120", "", 2 * time.Minute},
		{" 0 ", "", 0},
		{"-5", "", 0},
		{"1.5", "", 0},
		{"tomorrow", "", 0},
		{at(time.Hour), "", time.Hour},
		{at(-time.Hour), "", 0},
		// Measured against the server's Date, whatever our clock says.
		{at(time.Hour), at(30 * time.Minute), 30 * time.Minute},
		{now.Add(time.Hour).Format(time.RFC850), "", time.Hour},
	}
	for _, tc := range tests {
		h := http.Header{}
		h.Set("Retry-After", tc.retryAfter)
		if tc.date != "" {
			h.Set("Date", tc.date)
		}
		if got := retryAfter(h, now); got != tc.want {
			t.Errorf("Retry-After %q, Date %q: got %v, want %v", tc.retryAfter, tc.date, got, tc.want)
		}
	}
}
