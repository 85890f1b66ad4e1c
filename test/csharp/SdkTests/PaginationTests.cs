// x-speakeasy-pagination: offset, page, cursor (in a parameter and in the body) and URL.
using Fixture.Client.Models.Operations;
using Xunit;

namespace SdkTests;

public class PaginationTests
{
    private static async Task<List<List<long>>> Pages<T>(T first, Func<T, List<long>> data, Func<T, Func<Task<T?>>?> next) where T : class
    {
        var pages = new List<List<long>>();
        T? page = first;
        while (page is not null && pages.Count < 10)
        {
            pages.Add(data(page));
            var fetch = next(page);
            page = fetch is null ? null : await fetch();
        }
        return pages;
    }

    [Fact]
    public async Task OffsetLimit()
    {
        var first = await TestEnv.Fixture().Pagination.ListOffsetAsync(limit: 10);
        var pages = await Pages(first, p => p.Page!.Data, p => p.Next);
        Assert.Equal(new[] { 10, 10, 5, 0 }, pages.Select(p => p.Count));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), pages.SelectMany(p => p));
    }

    [Fact]
    public async Task PageNumbersStopAtNumPages()
    {
        var pages = await Pages(await TestEnv.Fixture().Pagination.ListPagesAsync(), p => p.Page!.Data, p => p.Next);
        Assert.Equal(3, pages.Count);
        Assert.Equal(25, pages.Sum(p => p.Count));
    }

    [Fact]
    public async Task Cursor()
    {
        var pages = await Pages(await TestEnv.Fixture().Pagination.ListCursorAsync(), p => p.Page!.Data, p => p.Next);
        Assert.Equal(new[] { 10, 10, 5 }, pages.Select(p => p.Count));
    }

    [Fact]
    public async Task CursorInTheBody()
    {
        var pages = await Pages(await TestEnv.Fixture().Pagination.ListBodyAsync(new ListBodyRequestBody()), p => p.Page!.Data, p => p.Next);
        Assert.Equal(new[] { 10, 10, 5, 0 }, pages.Select(p => p.Count));
    }

    [Fact]
    public async Task NextUrl()
    {
        var pages = await Pages(await TestEnv.Fixture().Pagination.ListUrlAsync(), p => p.Page!.Data, p => p.Next);
        Assert.Equal(new[] { 10, 10, 5 }, pages.Select(p => p.Count));
    }
}
