package web

import (
	"math"
	"slices"
	"strconv"
	"time"
)

// A chart is laid out here and drawn as SVG by the figures template: the
// server computes every coordinate, so the page needs no script and loads
// nothing.

// Chart geometry, in SVG user units; the drawing scales to its box.
const (
	chartW      = 640
	chartH      = 260
	chartLeft   = 64 // room for the value axis
	chartRight  = 16
	chartTop    = 12
	chartBottom = 40 // room for the date axis
)

// svgTick is an axis label at a position.
type svgTick struct {
	Pos    float64
	Label  string
	Anchor string // SVG text-anchor: start, middle or end
}

// svgDot is one figure in a time chart.
type svgDot struct {
	X, Y  float64
	Class string // a CSS class: the kind of figure
	Label string // shown on hover: value, date, sentence
}

// timeChart is a dot per figure, by publication date and value.
type timeChart struct {
	Title       string
	W, H        int
	Left, Right float64 // the plot area
	Top, Bottom float64
	XTicks      []svgTick
	YTicks      []svgTick
	Dots        []svgDot
	Legend      []legendItem
	Empty       bool
	Undated     int  // figures without a date, not drawn
	Log         bool // the value axis is logarithmic
}

type legendItem struct {
	Class, Label string
}

// chartPoint is a value at a time, to plot.
type chartPoint struct {
	At    time.Time
	Value float64
	Class string
	Label string
}

// newTimeChart lays out points over their time range, values from 0.
func newTimeChart(title string, pts []chartPoint, undated int, legend []legendItem) timeChart {
	c := timeChart{Title: title, W: chartW, H: chartH, Left: chartLeft, Right: chartW - chartRight,
		Top: chartTop, Bottom: chartH - chartBottom, Legend: legend, Undated: undated}
	if len(pts) == 0 {
		c.Empty = true
		return c
	}
	t0, t1 := pts[0].At, pts[0].At
	vmax, vmin := 0.0, math.Inf(1)
	for _, p := range pts {
		if p.At.Before(t0) {
			t0 = p.At
		}
		if p.At.After(t1) {
			t1 = p.At
		}
		vmax = math.Max(vmax, p.Value)
		vmin = math.Min(vmin, math.Max(p.Value, 1))
	}
	// a single day still gets a span, with its dots in the middle
	t0 = t0.Truncate(24 * time.Hour)
	t1 = t1.Truncate(24 * time.Hour).Add(24 * time.Hour)
	span := t1.Sub(t0).Seconds()
	x := func(t time.Time) float64 { return c.Left + (c.Right-c.Left)*t.Sub(t0).Seconds()/span }
	var y func(float64) float64
	// a toll of 150,000 beside tolls of 11 would flatten them all on a
	// linear axis: values that far apart get a logarithmic one
	c.Log = vmax/vmin > 1000
	if c.Log {
		decades := math.Ceil(math.Log10(vmax))
		y = func(v float64) float64 { return c.Bottom - (c.Bottom-c.Top)*math.Log10(math.Max(v, 1))/decades }
		for d := 0.0; d <= decades; d++ {
			v := math.Pow(10, d)
			c.YTicks = append(c.YTicks, svgTick{Pos: y(v), Label: compactCount(v), Anchor: "end"})
		}
	} else {
		top, step := niceScale(vmax)
		y = func(v float64) float64 { return c.Bottom - (c.Bottom-c.Top)*v/top }
		for v := 0.0; v <= top+step/2; v += step {
			c.YTicks = append(c.YTicks, svgTick{Pos: y(v), Label: formatCount(v), Anchor: "end"})
		}
	}
	days := int(math.Round(span / 86400))
	every := max(1, int(math.Ceil(float64(days)/5)))
	for d := 0; d <= days; d += every {
		t := t0.AddDate(0, 0, d)
		c.XTicks = append(c.XTicks, svgTick{Pos: x(t), Label: t.Format("2006-01-02"), Anchor: "middle"})
	}
	// the last date label would run off the right edge
	if n := len(c.XTicks); n > 0 && c.XTicks[n-1].Pos > c.Right-40 {
		c.XTicks[n-1].Anchor = "end"
	}
	for _, p := range pts {
		c.Dots = append(c.Dots, svgDot{X: x(p.At), Y: y(p.Value), Class: p.Class, Label: p.Label})
	}
	return c
}

// niceScale picks the top of a value axis at or above v and a round step
// that divides it in four or five.
func niceScale(v float64) (top, step float64) {
	if v <= 0 {
		return 1, 0.25
	}
	raw := v / 4
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		step = m * mag
		if step >= raw {
			break
		}
	}
	if step < 1 {
		step = 1 // counts are whole
	}
	return math.Ceil(v/step) * step, step
}

// compactCount writes a power of ten for an axis: 100, 10k, 1M.
func compactCount(v float64) string {
	switch {
	case v >= 1e6:
		return formatCount(v/1e6) + "M"
	case v >= 1e4:
		return formatCount(v/1e3) + "k"
	}
	return formatCount(v)
}

// formatCount writes a whole number with thousands separators.
func formatCount(v float64) string {
	s := strconv.FormatInt(int64(math.Round(v)), 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// barChart is a horizontal bar per label, the largest first.
type barChart struct {
	Title string
	W, H  int
	Bars  []svgBar
	Empty bool
}

type svgBar struct {
	Y, Width  float64
	Label     string // the category, left of the bar
	Value     string // right of the bar
	TextY     float64
	ValueX    float64
	LabelLeft float64
}

// barValue is a category and its value, to chart.
type barValue struct {
	Label string
	Value float64
	Note  string // after the value: "(3 figures)"
}

// Bar geometry.
const (
	barLabelW = 150
	barH      = 22
	barGap    = 6
	maxBars   = 20
)

// newBarChart lays out the largest values as bars, at most maxBars.
func newBarChart(title string, vals []barValue) barChart {
	c := barChart{Title: title, W: chartW}
	if len(vals) == 0 {
		c.Empty, c.H = true, 40
		return c
	}
	vals = slices.Clone(vals)
	slices.SortStableFunc(vals, func(a, b barValue) int {
		switch {
		case a.Value > b.Value:
			return -1
		case a.Value < b.Value:
			return 1
		}
		return 0
	})
	vals = vals[:min(len(vals), maxBars)]
	vmax := vals[0].Value
	room := float64(chartW - barLabelW - 150) // the rest holds the value text
	for i, v := range vals {
		y := float64(chartTop + i*(barH+barGap))
		w := 0.0
		if vmax > 0 {
			w = math.Max(1, room*v.Value/vmax)
		}
		value := formatCount(v.Value)
		if v.Note != "" {
			value += " " + v.Note
		}
		c.Bars = append(c.Bars, svgBar{Y: y, Width: w, Label: v.Label, Value: value, TextY: y + barH*0.7,
			ValueX: barLabelW + w + 6, LabelLeft: barLabelW - 6})
	}
	c.H = chartTop*2 + len(vals)*(barH+barGap)
	return c
}
