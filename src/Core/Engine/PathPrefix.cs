using System.Text;

namespace DeepCopy.Core.Engine
{
    /// <summary>The first step of a path that starts inside another walker's graph: that walker's path to the place, without its <c>$</c>.</summary>
    internal sealed class PathPrefix : IPathSegmentWriter
    {
        private readonly string _path;

        /// <param name="path">A full path such as <c>$.items[3]</c>.</param>
        public PathPrefix(string path)
        {
            _path = path;
        }

        public void Append(StringBuilder text, int index) => text.Append(_path, 1, _path.Length - 1);
    }
}
