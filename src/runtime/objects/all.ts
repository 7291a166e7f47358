// Loads every file that defines a type's behaviour or registers builtins, so that the
// interpreter sees them all before the first run. One import per file.
import './intops';
import './int-methods';
import './floatops';
import './typecall';
import './strops';
import './str-methods';
import './strformat';
import './slot-wrappers';
import './containers';
import './list-methods';
import './dict-methods';
import './set-methods';
import './iter-builtins';
import './descr';
import './bytesops';
import './bytes-methods';
import './bytes-format';
import './bytearray-methods';
import './codecs';
import './complexops';
import './slice-methods';
import './object-methods';
import './float-methods';
import './genericalias';
import './newargs';
import './union';
