// Every operation of the generated Clerk SDK, called once against the loopback server, which
// checks the request against the spec and answers with a sample of the declared response.
using System.Reflection;
using Clerk.BackendAPI;
using Xunit;

namespace SdkTests;

public class ClerkOperationsTests
{
    public static IEnumerable<object[]> Operations()
    {
        foreach (var group in typeof(ClerkBackendApi).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            foreach (var method in group.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                if (method.Name.EndsWith("Async", StringComparison.Ordinal))
                    yield return new object[] { group.Name, method.Name };
        foreach (var method in typeof(ClerkBackendApi).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            if (method.Name.EndsWith("Async", StringComparison.Ordinal))
                yield return new object[] { "", method.Name };
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task CallsTheOperation(string group, string methodName)
    {
        var sdk = TestEnv.Clerk();
        object target = group == "" ? sdk : typeof(ClerkBackendApi).GetProperty(group)!.GetValue(sdk)!;
        var method = target.GetType().GetMethod(methodName)!;
        var task = (Task)method.Invoke(target, SampleValues.Arguments(method))!;
        await task;
        var response = task.GetType().GetProperty("Result")!.GetValue(task)!;
        var meta = (Clerk.BackendAPI.Models.Components.HTTPMetadata)response.GetType().GetProperty("HttpMeta")!.GetValue(response)!;
        Assert.True(meta.Response.IsSuccessStatusCode, $"{group}.{methodName}: HTTP {(int)meta.Response.StatusCode}");
        // The body property (if any) was filled from the sample the server sent.
        var body = response.GetType().GetProperties().Where(p => p.Name != "HttpMeta").ToList();
        if (body.Count == 1 && meta.Response.Content.Headers.ContentLength > 0) Assert.NotNull(body[0].GetValue(response));
    }

    [Fact]
    public void EveryGroupOfTheSpecIsAProperty()
    {
        Assert.True(Operations().Count() >= 100, "expected the whole Clerk surface");
    }
}
