using System.Globalization;
using System.Text.Json.Nodes;
using Akutprognos.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Akutprognos.Web.Api;

/// <summary>
/// What the served OpenAPI document says beyond the endpoints themselves, so that client generators and linters take it
/// as it is: the two ways to authenticate, applied per operation; an operation id and the 4xx answers on every
/// operation, each with a problem-details body; tag descriptions, licence, contact, and examples of the request bodies.
/// An endpoint added later (a new route group) gets all of it without being listed here, except a tag description.
/// </summary>
static class ApiDocument
{
    public const string BearerScheme = "apiKey";
    public const string CookieScheme = "cookie";
    const string Problem = "ProblemDetails";
    const string ProblemJson = "application/problem+json";

    static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Forecasts"] = "The stored forecasts of tomorrow's (or any day's) ED arrivals per ED and for the region, and the evening nowcasts.",
        ["Staffing"] = "The staffing plan of a day per ED: the need per hour and role, the rostered staff and the recommended changes.",
        ["Status"] = "How accurate the forecasts have been, and what the scheduled and manual runs did.",
        ["Ingestion"] = "Pushes of hourly ED arrivals and web visitors by an integration platform; a planner's or admin's key.",
    };

    public static OpenApiOptions Describe(this OpenApiOptions options, IConfiguration configuration)
    {
        options.AddDocumentTransformer((document, context, _) =>
        {
            Describe(document, configuration, context.ApplicationServices.GetService<IHttpContextAccessor>()?.HttpContext?.Request);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            Describe(operation, context);
            return Task.CompletedTask;
        });
        return options;
    }

    static void Describe(OpenApiDocument document, IConfiguration configuration, HttpRequest? request)
    {
        document.Info.Title = "Akutprognos API";
        document.Info.Description = "Forecasts of tomorrow's emergency-department arrivals per ED and for the region, their accuracy, " +
            "the runs that made them, and pushes of hourly arrivals and web visitors. Send an API key (Settings → API keys) as " +
            "`Authorization: Bearer KEY` (or in the `X-Api-Key` header); in a browser the sign-in cookie does the same.";
        // The product is licensed to the region that runs it; there is no public licence text to link to.
        document.Info.License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Akutprognos" };
        var contact = configuration.GetSection("Akutprognos:Api:Contact");
        document.Info.Contact = new OpenApiContact
        {
            Name = contact["Name"] ?? "The administrators of this Akutprognos installation",
            Email = contact["Email"],
            Url = Uri.TryCreate(contact["Url"], UriKind.Absolute, out var url) ? url : null,
        };
        // The address the document was read from, without the trailing slash generators would double.
        if (request is not null)
        {
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/') }];
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made by an admin under Settings → API keys; its role (viewer, planner, admin) decides what it may do.",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = AccountsSetup.CookieName,
            Description = "The sign-in cookie of the web app, for the reference page and the browser.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(Problem, ProblemSchema());

        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag
        {
            Name = name,
            Description = TagDescriptions.GetValueOrDefault(name),
        }));
    }

    static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var api = context.Description;
        var metadata = api.ActionDescriptor.EndpointMetadata;
        var path = "/" + (api.RelativePath ?? "").Split('?')[0].TrimEnd('/');
        operation.OperationId ??= OperationId(api.HttpMethod ?? "GET", path);

        operation.Responses ??= [];
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
            ];
            Answer(operation, context, 401, "No API key or sign-in, or an unknown or revoked key.");
            // The fallback policy only asks for a login; an endpoint that names a policy can refuse a logged-in caller.
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            {
                Answer(operation, context, 403, "The key's or user's role may not do this (a viewer pushing data, say).");
            }
        }
        if (api.ParameterDescriptions.Count > 0)
        {
            Answer(operation, context, 400, "A parameter or the body could not be read or is invalid; the answer says which.");
        }
        if (api.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body) is { } body &&
            Examples.TryGetValue(body.Type, out var example) && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = example();
            }
        }
    }

    /// <summary>
    /// Adds the 4xx answer with a problem-details body, or gives an answer the endpoint declared without a body
    /// (a 404, say) that body and a description.
    /// </summary>
    static void Answer(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var declared) && declared.Content is { Count: > 0 })
        {
            return;
        }
        operation.Responses[key] = new OpenApiResponse
        {
            Description = declared?.Description is { Length: > 0 } d && d != key ? d : description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, context.Document) },
            },
        };
    }

    /// <summary>"getForecasts" for <c>GET /api/forecasts</c>, "postArrivals" for <c>POST /api/arrivals</c>.</summary>
    internal static string OperationId(string method, string path)
    {
        var words = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api" && !s.StartsWith('{'))
            .SelectMany(s => s.Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return method.ToLowerInvariant() + string.Concat(words);
    }

    // RFC 9457 problem details, as ASP.NET Core writes them (AddProblemDetails); a validation problem adds "errors".
    static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. A validation problem adds `errors`: per field, what is wrong.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A URI naming the kind of problem." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "A short summary of the kind of problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "What went wrong in this request." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "The request path." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "Per field, the problems found.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    static readonly Dictionary<Type, Func<JsonNode>> Examples = new()
    {
        [typeof(ArrivalsPush)] = () => new JsonObject
        {
            ["rows"] = new JsonArray(
                new JsonObject { ["site"] = "Danderyd", ["hour"] = "2026-03-02T08:00:00+01:00", ["count"] = 14 },
                new JsonObject { ["site"] = "Danderyd", ["hour"] = "2026-03-02T09:00:00+01:00", ["count"] = 17 }),
        },
        [typeof(VisitorsPush)] = () => new JsonObject
        {
            ["signal"] = "all",
            ["rows"] = new JsonArray(
                new JsonObject { ["hour"] = "2026-03-01T18:00:00+01:00", ["visitors"] = 5210 },
                new JsonObject { ["hour"] = "2026-03-01T19:00:00+01:00", ["visitors"] = 4890 }),
        },
    };
}
