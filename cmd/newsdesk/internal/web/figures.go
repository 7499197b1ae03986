package web

import (
	"fmt"
	"net/http"
	"time"

	"github.com/newsdesk/newsdesk/storage"
)

// chartRows caps the figures a page charts: the newest this many.
const chartRows = 5000

// tableRows caps the rows of the table beneath the charts.
const tableRows = 200

type figuresForm struct {
	Kind, Country, Since, Until string
}

type figuresData struct {
	Form      figuresForm
	Error     string
	Deaths    timeChart
	Troops    timeChart
	ByState   barChart
	Table     []storage.FigureEntry
	Total     int  // figures charted
	Capped    bool // more figures exist than were charted
	APIURL    string
	Countries []storage.Country
}

func (s *Server) figuresPage(w http.ResponseWriter, r *http.Request) error {
	p := pageParams(r)
	d := figuresData{Form: figuresForm{Kind: p.v.Get("kind"), Country: p.v.Get("country"), Since: p.v.Get("since"), Until: p.v.Get("until")}}
	q := figureQuery(p)
	countries, err := s.db.Countries(r.Context())
	if err != nil {
		return err
	}
	d.Countries = countries
	status := http.StatusOK
	var figures []storage.FigureEntry
	if p.err == nil {
		q.Limit = chartRows
		page, err := s.db.ListFigures(r.Context(), q)
		if err != nil {
			if st, _ := classify(err); st != http.StatusBadRequest {
				return err
			}
			p.err = err
		}
		figures, d.Capped = page.Figures, page.Next != ""
	}
	if p.err != nil {
		status = http.StatusBadRequest
		_, d.Error = classify(p.err)
	}
	d.Total = len(figures)
	d.Table = figures[:min(len(figures), tableRows)]
	d.Deaths, d.Troops, d.ByState = figureCharts(figures)
	api := *r.URL
	api.Path = "/api/v1/figures"
	d.APIURL = api.String()
	return s.render(w, status, "figures", view{Title: "Figures", Active: "figures", Data: d})
}

// figureCharts lays out death tolls and troop figures over time, and
// troops by the state that sends or holds them.
func figureCharts(figures []storage.FigureEntry) (deaths, troops timeChart, byState barChart) {
	var dpts, tpts []chartPoint
	undatedD, undatedT := 0, 0
	type stateSum struct {
		name string
		sum  int64
		n    int
	}
	states := map[string]*stateSum{}
	var order []string
	for _, f := range figures {
		if f.Kind == storage.FigureTroops && f.Country != "" {
			st := states[f.Country]
			if st == nil {
				st = &stateSum{name: firstOf(f.CountryName, f.Country)}
				states[f.Country] = st
				order = append(order, f.Country)
			}
			st.sum += f.Count
			st.n++
		}
		at, err := time.Parse(time.RFC3339, f.Published)
		if err != nil {
			if f.Kind == storage.FigureDeaths {
				undatedD++
			} else {
				undatedT++
			}
			continue
		}
		label := fmt.Sprintf("%s on %s: %s", formatCount(float64(f.Count)), datePart(f.Published), oneLine(f.Evidence))
		pt := chartPoint{At: at, Value: float64(f.Count), Label: label}
		if f.Kind == storage.FigureDeaths {
			pt.Class = "dot-incident"
			if f.Cumulative {
				pt.Class = "dot-running"
			}
			dpts = append(dpts, pt)
		} else {
			pt.Class = "dot-troops"
			tpts = append(tpts, pt)
		}
	}
	deaths = newTimeChart("Death tolls by publication date", dpts, undatedD,
		[]legendItem{{"dot-incident", "one incident"}, {"dot-running", "running toll"}})
	troops = newTimeChart("Troop figures by publication date", tpts, undatedT, []legendItem{{"dot-troops", "troops, police or peacekeepers"}})
	var bars []barValue
	for _, code := range order {
		st := states[code]
		note := "(1 figure)"
		if st.n != 1 {
			note = fmt.Sprintf("(%d figures)", st.n)
		}
		bars = append(bars, barValue{Label: st.name, Value: float64(st.sum), Note: note})
	}
	byState = newBarChart("Troops by state: the figures reported, added up", bars)
	return deaths, troops, byState
}
