namespace DeepCopy.Core
{
    /// <summary>What the copy does when it meets a value that cannot be copied (a stream, a handle, a delegate...).</summary>
    public enum NonCopyableAction
    {
        /// <summary>Stop the copy with a <see cref="DeepCopyException"/> that names the path and the type.</summary>
        Throw = 0,

        /// <summary>The copy keeps a reference to the same instance.</summary>
        Reference = 1,

        /// <summary>The copy holds null in its place.</summary>
        Null = 2,
    }
}
