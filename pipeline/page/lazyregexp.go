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
	// the pattern and its compiled form kept apart, not in a function that
	// compiles: the linker then lays the 29 expressions out, where a
	// sync.OnceValue each made the package's initialisation allocate
	// several objects and run code of its own for each (5,440
	// instructions in all)
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// newLazyRegexp returns expr to be compiled, with regexp.MustCompile, when
// it is first matched.
func newLazyRegexp(expr string) *lazyRegexp {
	return &lazyRegexp{expr: expr}
}

// compiled returns the expression, compiled the first time.
func (r *lazyRegexp) compiled() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

// MatchString is regexp.Regexp.MatchString.
func (r *lazyRegexp) MatchString(s string) bool { return r.compiled().MatchString(s) }

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (r *lazyRegexp) ReplaceAllString(src, repl string) string {
	return r.compiled().ReplaceAllString(src, repl)
}

// Split is regexp.Regexp.Split.
func (r *lazyRegexp) Split(s string, n int) []string { return r.compiled().Split(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return r.compiled().FindAllStringIndex(s, n)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *lazyRegexp) FindStringSubmatch(s string) []string { return r.compiled().FindStringSubmatch(s) }
