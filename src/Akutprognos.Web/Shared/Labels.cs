using Akutprognos.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Akutprognos.Web.Shared;

/// <summary>Localized texts that page models need outside the views.</summary>
static class Labels
{
    public static ChartLabels Chart(HttpContext context)
    {
        var t = context.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
        return new(t["Forecast"], t["Actual"], t["80% low"], t["80% high"], t["95% low"], t["95% high"]);
    }
}
