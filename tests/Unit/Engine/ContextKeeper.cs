using DeepCopy.Tests.Fixtures;

namespace DeepCopy.Tests.Engine
{
    /// <summary>A value with a custom copier in the context tests: the copier receives the context and may keep it.</summary>
    public sealed class ContextKeeper
    {
        public Node? Child;
    }
}
