import DamuCore

/// What a trend chart draws for each line: every lesson while the lessons fall far enough apart
/// to be told from one another, else their averages per week, month or year, the shortest period
/// whose points do. Ten years of lessons drawn one by one make a solid block of zigzags that shows
/// no trend, and cost cairo a third of a second to stroke.
struct TrendSampling {
    /// nil: every lesson is a point of its own.
    let period: TrendPeriod?

    /// `pointCount` points (the most any line has) over `spanDays` days, drawn `width` wide;
    /// `apart`: how far apart points must be to read as separate.
    init(pointCount: Int, spanDays: Double, width: Double, apart: Double) {
        guard pointCount > 1, width / Double(pointCount) < apart else {
            period = nil
            return
        }
        period = TrendPeriod.allCases.first { width * $0.days / max(spanDays, 1) >= apart } ?? .year
    }

    func points(of series: TrendSeries) -> TrendSeries {
        period.map { series.averaged(per: $0) } ?? series
    }

    /// Said under the chart when points are averages, so no one reads a mean as a lesson.
    var caption: String? {
        switch period {
        case nil: return nil
        case .week: return tr("Averages by week")
        case .month: return tr("Averages by month")
        case .year: return tr("Averages by year")
        }
    }
}
