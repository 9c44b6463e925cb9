using Akutprognos.Core.Series;

namespace Akutprognos.Core.Demo;

/// <summary>The seven Stockholm County EDs of Ekström et al. (2015) and their usual daily arrivals (about 1,900 together).</summary>
internal static class DemoSites
{
    public static IReadOnlyList<(Site Site, double ArrivalsPerDay)> All { get; } =
    [
        (new Site("Södersjukhuset"), 400),
        (new Site("Karolinska Huddinge"), 340),
        (new Site("Danderyd"), 330),
        (new Site("Karolinska Solna"), 320),
        (new Site("S:t Göran"), 300),
        (new Site("Södertälje"), 135),
        (new Site("Norrtälje"), 75),
    ];
}
