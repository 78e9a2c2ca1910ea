using DeepCopy.Core.Engine;

namespace DeepCopy.Core
{
    /// <summary>Where a copy starts: the root of a graph, or a value inside a graph another walker is writing.</summary>
    public sealed partial class DeepCopyContext
    {
        internal object? Run(object? root, DeepCopyOptions options)
        {
            Reset(options);
            _cancellationToken.ThrowIfCancellationRequested();
            BeginCopy();
            try
            {
                var copy = CopyChild(root, PathSegmentKind.Root, null, 0);
                Drain(0);
                ThrowIfFailed();

                // DeepCopier.Copy reads the token once more after every strategy, so a copy cancelled near its end fails.
                return copy;
            }
            finally
            {
                EndCopy();
            }
        }

        /// <summary>
        /// Copies <paramref name="root"/> as though it sat at <paramref name="rootPath"/>, <paramref name="rootDepth"/> levels
        /// deep, in a graph another walker is writing (the Json strategy runs Clone and custom-copier policies this way), so
        /// errors name the place in that graph and the depth limit counts from there.
        /// </summary>
        internal object? RunAt(object root, DeepCopyOptions options, string rootPath, int rootDepth)
        {
            Reset(options);
            _cancellationToken.ThrowIfCancellationRequested();
            BeginCopy();
            try
            {
                _currentDepth = rootDepth - 1;
                _currentPath = _path.Add(-1, _currentDepth, PathSegmentKind.Described, new PathPrefix(rootPath), 0);
                var copy = CopyChild(root, PathSegmentKind.Transparent, null, 0);
                Drain(0);
                ThrowIfFailed();
                return copy;
            }
            finally
            {
                EndCopy();
            }
        }
    }
}
