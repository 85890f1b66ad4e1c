// Parameter styles and body encodings of the fixture SDK, read back from the server's echo.
using System.Text;
using Fixture.Client.Models.Components;
using Fixture.Client.Models.Operations;
using Xunit;

namespace SdkTests;

public class ParamsBodiesTests
{
    private static string Decoded(string? text) => Uri.UnescapeDataString(text ?? "");

    [Fact]
    public async Task PathStyles()
    {
        var res = await TestEnv.Fixture().Params.PathStylesAsync(label: new() { "a", "b c" }, matrix: new Point { X = 1, Y = 2 }, simple: new() { 1, 2 });
        Assert.Equal("/params/.a,b%20c/;x=1;y=2/1,2", res.Echo!.Path);
    }

    [Fact]
    public async Task QueryStylesWithARequestObject()
    {
        var res = await TestEnv.Fixture().Params.QueryStylesAsync(new QueryStylesRequest
        {
            Tags = new() { "a", "b" },
            Ids = new() { 1, 2 },
            Spaced = new() { "x", "y" },
            Piped = new() { "p", "q" },
            Filter = new Point { X = 1, Y = 2 },
            Point = new Point { X = 3, Y = 4 },
            Color = Color.LightBlue,
            Since = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Json = new Point { X = 5, Y = 6 },
        });
        Assert.Equal(
            "tags=a&tags=b&ids=1,2&spaced=x y&piped=p|q&filter[x]=1&filter[y]=2&x=3&y=4&color=light_blue&since=2024-01-02T03:04:05Z&json={\"x\":5,\"y\":6}",
            Decoded(res.Echo!.Query));
    }

    [Fact]
    public async Task HeadersAndCookies()
    {
        var res = await TestEnv.Fixture().Params.HeaderStylesAsync(xIds: new() { 1, 2 }, xPoint: new Point { X = 1, Y = 2 }, session: "s1");
        var headers = res.Echo!.Headers!;
        Assert.Equal("1,2", headers["x-ids"]);
        Assert.Equal("x=1,y=2", headers["x-point"]);
        Assert.Equal("session=s1", headers["cookie"]);
    }

    [Fact]
    public async Task MoreThanFourParametersTakeARequestObject()
    {
        var res = await TestEnv.Fixture().Params.ManyParamsAsync(new ManyParamsRequest { A = "a1", B = 2, C = true, D = "dee", RequestBody = new Point { X = 1, Y = 1 } });
        Assert.Equal("/many/a1", res.Echo!.Path);
        Assert.Equal("b=2&c=true", res.Echo.Query);
        Assert.Equal("dee", res.Echo.Headers!["d"]);
        Assert.Equal("{\"x\":1,\"y\":1}", res.Echo.Body);
    }

    [Fact]
    public async Task JsonRoundTripKeepsUnionsEnumsDatesAndUnknownValues()
    {
        var pet = new Pet
        {
            Name = "Rex",
            Kind = Kind.Of("hamster"),
            Born = new DateTime(2020, 2, 3, 4, 5, 6, DateTimeKind.Utc),
            Owner = Owner.CreateCompany(new Company { CompanyName = "Acme", Employees = 5 }),
            Tags = new() { "good" },
            Extra = new() { ["n"] = 1 },
        };
        var res = await TestEnv.Fixture().Bodies.RoundTripAsync(pet);
        Assert.Contains("\"kind\":\"hamster\"", Encoding.UTF8.GetString(await res.HttpMeta.Request.Content!.ReadAsByteArrayAsync()));
        var back = res.Pet!;
        Assert.Equal("Rex", back.Name);
        Assert.Equal("hamster", back.Kind.Value);
        Assert.False(back.Kind.IsKnown);
        Assert.Equal(pet.Born, back.Born);
        Assert.Equal("Acme", back.Owner!.Company!.CompanyName);
        Assert.Null(back.Owner.Person);
        var person = await TestEnv.Fixture().Bodies.RoundTripAsync(new Pet { Name = "Tom", Kind = Kind.Cat, Owner = Owner.CreatePerson(new Person { FirstName = "Ann" }) });
        Assert.Equal("Ann", person.Pet!.Owner!.Person!.FirstName);
        Assert.Equal(Kind.Cat, person.Pet.Kind);
        var named = await TestEnv.Fixture().Bodies.RoundTripAsync(new Pet { Name = "Tom", Kind = Kind.Dog, Owner = Owner.CreateStr("Bob") });
        Assert.Equal("Bob", named.Pet!.Owner!.Str);
    }

    [Fact]
    public async Task FormBody()
    {
        var res = await TestEnv.Fixture().Bodies.SendFormAsync(new SendFormRequestBody { Name = "Rex Jr", Tags = new() { "a", "b" }, Point = new Point { X = 1, Y = 2 } });
        Assert.Equal("name=Rex%20Jr&tags=a&tags=b&x=1&y=2", res.Echo!.Body);
        Assert.StartsWith("application/x-www-form-urlencoded", res.Echo.Headers!["content-type"]);
    }

    [Fact]
    public async Task MultipartBody()
    {
        var res = await TestEnv.Fixture().Bodies.UploadAsync(new UploadRequestBody { File = new byte[] { 0, 255, 1 }, Name = "pic", Meta = new Point { X = 1, Y = 2 } });
        var body = res.Echo!.Body!;
        Assert.StartsWith("multipart/form-data; boundary=", res.Echo.Headers!["content-type"]);
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\u00ff\u0001\r\n", body);
        Assert.Contains("name=\"name\"\r\n\r\npic\r\n", body);
        Assert.Contains("name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"x\":1,\"y\":2}\r\n", body);
        // The reference's file part: a file name and the content.
        var named = await TestEnv.Fixture().Bodies.UploadAsync(new UploadRequestBody { File = new Fixture.Client.Models.Operations.File { FileName = "pic.png", Content = new byte[] { 7 } }, Name = "pic", Meta = new Point { X = 1, Y = 2 } });
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"pic.png\"\r\nContent-Type: application/octet-stream\r\n\r\n\u0007\r\n", named.Echo!.Body!);
    }

    [Fact]
    public async Task BinaryAndTextBodies()
    {
        var sent = await TestEnv.Fixture().Bodies.SendBytesAsync(new byte[] { 1, 2, 250 });
        Assert.Equal("\u0001\u0002\u00fa", sent.Echo!.Body);
        Assert.Equal("application/octet-stream", sent.Echo.Headers!["content-type"]);
        var bytes = await TestEnv.Fixture().Bodies.DownloadAsync();
        Assert.Equal(new byte[] { 0, 1, 2, 253, 254, 255 }, bytes.ResponseStream);
        var text = await TestEnv.Fixture().Bodies.ShoutAsync("hello");
        Assert.Equal("HELLO", text.Res);
    }
}
