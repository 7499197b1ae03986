package storage

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
)

// pgConnector opens PostgreSQL connections through pgx's database/sql
// adapter, with every query's ? placeholders rewritten to PostgreSQL's $n
// as it reaches the driver (once per prepare; the statements are then
// cached by pgx). The rest of storage writes one SQL text for both
// backends.
type pgConnector struct{ base driver.Connector }

// pgxConn is what pgx's stdlib.Conn implements, kept by the wrapper.
type pgxConn interface {
	driver.Conn
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.NamedValueChecker
}

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.base.Connect(ctx)
	if err != nil {
		return nil, err
	}
	pc, ok := conn.(pgxConn)
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("storage: pgx connection %T lacks a database/sql interface", conn)
	}
	return pgConn{pc}, nil
}

func (c pgConnector) Driver() driver.Driver { return c.base.Driver() }

// pgConn rewrites placeholders and passes everything else to pgx.
type pgConn struct{ pgxConn }

func (c pgConn) Prepare(q string) (driver.Stmt, error) {
	return c.pgxConn.PrepareContext(context.Background(), rebind(q))
}

func (c pgConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	return c.pgxConn.PrepareContext(ctx, rebind(q))
}

func (c pgConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	return c.pgxConn.ExecContext(ctx, rebind(q), args)
}

func (c pgConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	return c.pgxConn.QueryContext(ctx, rebind(q), args)
}

// rebind translates storage's SQL, written once for both backends, for
// PostgreSQL as it reaches the driver:
//
//   - ? placeholders are numbered $1, $2, ...;
//   - each ORDER BY item gets NULLS FIRST (ascending) or NULLS LAST
//     (descending), SQLite's order, so that undated rows sort alike;
//   - CROSS JOIN ... ON (SQLite's way to fix the order of a join) is JOIN;
//   - LIKE is ILIKE, case-blind as SQLite's is.
//
// String literals, quoted names, comments and dollar-quoted bodies are left
// alone. A query that already uses $1 (written for PostgreSQL, as a job
// queue's are) is returned unchanged.
func rebind(q string) string {
	if strings.Contains(q, "$1") {
		return q
	}
	r := rewriter{q: q}
	r.out = make([]byte, 0, len(q)+32)
	r.run()
	return string(r.out)
}

// rewriter is rebind's state: the output so far, the parenthesis depth,
// and the ORDER BY lists open (their depths and where their item began).
type rewriter struct {
	q      string
	out    []byte
	n      int // placeholders so far
	depth  int
	orders []orderList
}

type orderList struct {
	depth int
	item  int // offset in out where the current item starts
}

// orderEnds are the words that end an ORDER BY list.
var orderEnds = map[string]bool{"LIMIT": true, "OFFSET": true, "UNION": true, "EXCEPT": true, "INTERSECT": true,
	"FOR": true, "FETCH": true, "ROWS": true, "RANGE": true, "GROUPS": true}

func (r *rewriter) run() {
	q := r.q
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '?':
			r.n++
			r.out = append(r.out, '$')
			r.out = strconv.AppendInt(r.out, int64(r.n), 10)
			i++
		case c == '\'' || c == '"' || c == '-' && strings.HasPrefix(q[i:], "--") ||
			c == '/' && strings.HasPrefix(q[i:], "/*") || c == '$' && dollarTag(q[i:]) != "":
			end := i + skipQuoted(q[i:])
			r.out = append(r.out, q[i:end]...)
			i = end
		case c == '(':
			r.depth++
			r.out = append(r.out, c)
			i++
		case c == ')' || c == ';':
			r.closeOrders(r.depth)
			if c == ')' {
				r.depth--
			}
			r.out = append(r.out, c)
			i++
		case c == ',':
			if k := len(r.orders) - 1; k >= 0 && r.orders[k].depth == r.depth {
				r.endItem()
				r.out = append(r.out, c)
				r.orders[k].item = len(r.out)
			} else {
				r.out = append(r.out, c)
			}
			i++
		case isWordByte(c) && (i == 0 || !isWordByte(q[i-1])):
			i = r.word(i)
		default:
			r.out = append(r.out, c)
			i++
		}
	}
	r.closeOrders(r.depth)
}

// word handles the word at q[i:] and returns where it ends.
func (r *rewriter) word(i int) int {
	q := r.q
	j := i
	for j < len(q) && isWordByte(q[j]) {
		j++
	}
	w := strings.ToUpper(q[i:j])
	switch {
	case orderEnds[w]:
		r.closeOrders(r.depth)
	case w == "LIKE":
		r.out = append(r.out, "ILIKE"...)
		return j
	case w == "CROSS" && strings.HasPrefix(strings.ToUpper(strings.TrimLeft(q[j:], " \t\n")), "JOIN"):
		// the JOIN that follows stays
		return j + len(q[j:]) - len(strings.TrimLeft(q[j:], " \t\n"))
	case w == "ORDER":
		rest := strings.TrimLeft(q[j:], " \t\n")
		if strings.HasPrefix(strings.ToUpper(rest), "BY") && (len(rest) == 2 || !isWordByte(rest[2])) {
			end := len(q) - len(rest) + 2
			r.out = append(r.out, q[i:end]...)
			r.orders = append(r.orders, orderList{depth: r.depth, item: len(r.out)})
			return end
		}
	}
	r.out = append(r.out, q[i:j]...)
	return j
}

// closeOrders ends the ORDER BY lists open at depth or deeper.
func (r *rewriter) closeOrders(depth int) {
	for k := len(r.orders) - 1; k >= 0 && r.orders[k].depth >= depth; k-- {
		r.endItem()
		r.orders = r.orders[:k]
	}
}

// endItem gives the current ORDER BY item SQLite's place for NULLs,
// unless it says where they go.
func (r *rewriter) endItem() {
	k := len(r.orders) - 1
	item := string(r.out[r.orders[k].item:])
	body := strings.TrimRight(item, " \t\n")
	up := strings.ToUpper(body)
	if strings.TrimSpace(body) == "" || strings.Contains(up, "NULLS") {
		return
	}
	nulls := " NULLS FIRST"
	if strings.HasSuffix(up, "DESC") {
		nulls = " NULLS LAST"
	}
	r.out = append(r.out[:r.orders[k].item], body+nulls+item[len(body):]...)
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// skipQuoted returns the length of the literal, quoted name, comment or
// dollar-quoted body that s starts with (all of s when it is not closed).
func skipQuoted(s string) int {
	open, close := s[:1], s[:1]
	switch {
	case strings.HasPrefix(s, "--"):
		open, close = "--", "\n"
	case strings.HasPrefix(s, "/*"):
		open, close = "/*", "*/"
	case s[0] == '$':
		open = dollarTag(s)
		close = open
	}
	end := strings.Index(s[len(open):], close)
	if end < 0 {
		return len(s)
	}
	if close == "\n" {
		return len(open) + end // the line's end is not the comment's
	}
	// a doubled quote inside a literal is two literals back to back: the
	// same text either way
	return len(open) + end + len(close)
}

// dollarTag returns the opening tag ($$ or $name$) that s starts with, or "".
func dollarTag(s string) string {
	for j := 1; j < len(s); j++ {
		c := s[j]
		switch {
		case c == '$':
			return s[:j+1]
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || j > 1 && c >= '0' && c <= '9':
		default:
			return ""
		}
	}
	return ""
}
