// Marks properties the schema requires. Not [JsonRequired]: a server that omits one should not
// fail the whole response; the marker only guides which member of a union a value belongs to.
namespace Sdkwright.Runtime.Utils
{
    using global::System;

    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class WireRequiredAttribute : Attribute
    {
    }
}
