using System;
using System.Globalization;

namespace DeepCopy.Core.Engine
{
    /// <summary>Builds every <see cref="DeepCopyException"/> the engine throws, so messages and kinds stay consistent.</summary>
    internal static class CopyErrors
    {
        public static DeepCopyException NonCopyable(string path, object value, string reason)
        {
            var type = value.GetType();
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: a value of type [{1}] cannot be copied because {2}. Share it (NonCopyableAction Reference) or drop it (NonCopyableAction Null) instead.",
                path,
                type.FullName,
                reason);
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, type, value);
        }

        public static DeepCopyException RefusedByPolicy(string path, object value, string reason)
        {
            var type = value.GetType();
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: a value of type [{1}] may not be copied because {2}. Remove that policy, or change it to Share or Null.",
                path,
                type.FullName,
                reason);
            return new DeepCopyException(DeepCopyErrorKind.NonCopyableType, message, path, type, value);
        }

        public static DeepCopyException MaxDepth(string path, object value, int maxDepth)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the graph is nested deeper than the maximum depth of {1} (a [{2}] at this place). Raise MaxDepth, or check the graph for runaway nesting.",
                path,
                maxDepth,
                value.GetType().FullName);
            return new DeepCopyException(DeepCopyErrorKind.MaxDepthExceeded, message, path, value.GetType(), value);
        }

        public static DeepCopyException SourceChanged(string path, object collection, Exception? inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: the [{1}] changed while it was being copied, so no consistent copy exists. Copy it when no other thread is writing to it.",
                path,
                collection.GetType().FullName);
            return new DeepCopyException(DeepCopyErrorKind.SourceChangedDuringCopy, message, path, collection.GetType(), collection, inner);
        }

        public static DeepCopyException FromHandler(string path, object value, Exception inner)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "Cannot copy {0}: copying the [{1}] failed: {2}",
                path,
                value.GetType().FullName,
                inner.Message);
            return new DeepCopyException(DeepCopyErrorKind.HandlerFailed, message, path, value.GetType(), value, inner);
        }

        /// <summary>Errors that already carry a path, or that mean "stop", pass through untouched.</summary>
        public static bool IsHandlerFault(Exception ex) => !(ex is DeepCopyException) && !(ex is OperationCanceledException);
    }
}
