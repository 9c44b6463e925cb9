using Akutprognos.Core.Staffing;

namespace Akutprognos.Web.Settings;

/// <summary>English names (the keys of the Swedish texts) of the quantiles and methods the staffing form shows.</summary>
public static class StaffingLabels
{
    public static string Of(ForecastQuantile quantile) => quantile switch
    {
        ForecastQuantile.P80 => "80th percentile of the hourly forecast (p80)",
        ForecastQuantile.P90 => "90th percentile of the hourly forecast (p90)",
        _ => "Mean forecast (mean)",
    };

    public static string Of(StaffingMethod method) => method switch
    {
        StaffingMethod.LagSipp => "Erlang C on lag-SIPP arrival rates (lag-sipp)",
        StaffingMethod.OfferedLoad => "Erlang C on the offered load (offered-load)",
        _ => "Patients per staff member (patient-ratio)",
    };
}
