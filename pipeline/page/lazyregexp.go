package page

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use, not at
// start-up: every command of the binary imports this package, most never
// parse a page, and compiling all the patterns up front cost each of them
// milliseconds. The compiled expression is never written afterwards.
type lazyRegexp struct {
	re func() *regexp.Regexp
}

// newLazyRegexp returns expr to be compiled, with regexp.MustCompile, when
// it is first matched.
func newLazyRegexp(expr string) *lazyRegexp {
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// MatchString is regexp.Regexp.MatchString.
func (r *lazyRegexp) MatchString(s string) bool { return r.re().MatchString(s) }

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *lazyRegexp) ReplaceAllString(src, repl string) string {
	return r.re().ReplaceAllString(src, repl)
}

// Split is regexp.Regexp.Split.
func (r *lazyRegexp) Split(s string, n int) []string { return r.re().Split(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return r.re().FindAllStringIndex(s, n)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *lazyRegexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }
