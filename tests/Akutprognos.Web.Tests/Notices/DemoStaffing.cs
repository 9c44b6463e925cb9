using Akutprognos.Core.Demo;
using Akutprognos.Core.Series;
using Akutprognos.Core.Staffing;
using Akutprognos.Pipeline.Sites;
using Akutprognos.Pipeline.Staffing;
using Akutprognos.Storage;

namespace Akutprognos.Web.Tests.Notices;

/// <summary>Tomorrow's demo forecasts and a demo roster in a database of the test's own, and the plan made from them.</summary>
static class DemoStaffing
{
    public static StaffingPlan Plan(AkutprognosDatabase database)
    {
        var demo = DemoDatabase.Instance;
        using (var source = demo.Open())
        {
            database.SaveForecasts(source.LoadForecasts(demo.Tomorrow));
            // The roster may only name sites the database knows.
            database.ImportArrivals([], [.. source.Sites.All().Select(s => new DailyArrivals(s.Name, demo.Tomorrow.AddDays(-1), 1))], "sites");
        }
        var zone = Core.Calendar.LocalDays.Stockholm;
        database.ImportRoster(DemoRoster.For(demo.Tomorrow, zone, database.LoadForecasts(demo.Tomorrow), StaffingConfiguration.Default), zone, "demo roster");
        return new StaffingRun(database, SiteSetup.Load(database)).Run(demo.Tomorrow, StaffingConfiguration.Default).Value!;
    }
}
